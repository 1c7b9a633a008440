/**
 * The desk's camera: lists the cameras, streams the chosen one into a <video>, grabs frames (never mirrored —
 * only the preview of a front camera is) and has the worker decode them, one at a time. If the stream ends
 * (a USB camera unplugged, the system taking it), it restarts by itself within 5 s. Torch where supported.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DecodeReply, DecodeRequest } from './qr-worker';

/** A camera the desk can use. */
export interface CameraChoice {
  deviceId: string;
  label: string;
}

/** What the camera hook reports. */
export interface CameraState {
  cameras: CameraChoice[];
  deviceId: string | null;
  running: boolean;
  /** The preview should be mirrored (a front-facing camera). */
  mirrored: boolean;
  torch: { supported: boolean; on: boolean };
  error: string | null;
  /** The last decode's milliseconds (for the status line and measurements). */
  lastDecodeMs: number | null;
}

const RESTART_MS = 2_000;
const FRAME_INTERVAL_MS = 40;

const isFront = (track: MediaStreamTrack): boolean => track.getSettings().facingMode === 'user' || /front|facetime|user/i.test(track.label);

/** Runs the camera while `enabled`; each decoded text goes to `onText`. */
export function useCamera(enabled: boolean, onText: (text: string) => void) {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  });
  const [state, setState] = useState<CameraState>({ cameras: [], deviceId: null, running: false, mirrored: false, torch: { supported: false, on: false }, error: null, lastDecodeMs: null });
  const [deviceId, setDeviceId] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const streamRef = useRef<MediaStream | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let restartTimer: number | null = null;
    let frameTimer: number | null = null;
    const worker = new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' });
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    let busy = false;
    let nextId = 1;
    worker.onmessage = (event: MessageEvent<DecodeReply>) => {
      busy = false;
      const { texts, ms } = event.data;
      setState((s) => ({ ...s, lastDecodeMs: Math.round(ms * 10) / 10 }));
      for (const text of texts) onTextRef.current(text);
    };
    const grab = () => {
      const video = videoRef.current;
      if (stopped || busy || !ctx || !video || video.readyState < 2 || video.videoWidth === 0) return;
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      ctx.drawImage(video, 0, 0); // the frame as the camera sees it: never mirrored
      const frame = ctx.getImageData(0, 0, canvas.width, canvas.height);
      busy = true;
      const request: DecodeRequest = { id: nextId++, width: frame.width, height: frame.height, pixels: frame.data.buffer };
      worker.postMessage(request, [request.pixels]);
    };
    const start = async () => {
      try {
        const stream = await navigator.mediaDevices.getUserMedia({
          video: { ...(deviceId ? { deviceId: { exact: deviceId } } : {}), width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        });
        if (stopped) {
          stream.getTracks().forEach((t) => t.stop());
          return;
        }
        streamRef.current = stream;
        const track = stream.getVideoTracks()[0];
        const video = videoRef.current;
        if (video) {
          video.srcObject = stream;
          video.addEventListener('loadeddata', grab, { once: true }); // the first frame, without waiting for the timer
          await video.play().catch(() => undefined);
        }
        const devices = (await navigator.mediaDevices.enumerateDevices()).filter((d) => d.kind === 'videoinput');
        const caps = (track?.getCapabilities?.() ?? {}) as MediaTrackCapabilities & { torch?: boolean };
        track?.addEventListener('ended', () => {
          if (!stopped) restartTimer = window.setTimeout(() => setGeneration((g) => g + 1), RESTART_MS);
        });
        setState((s) => ({
          ...s,
          cameras: devices.map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` })),
          deviceId: track?.getSettings().deviceId ?? null,
          running: true,
          mirrored: track ? isFront(track) : false,
          torch: { supported: caps.torch === true, on: false },
          error: null,
        }));
        frameTimer = window.setInterval(grab, FRAME_INTERVAL_MS);
      } catch (error) {
        setState((s) => ({ ...s, running: false, error: error instanceof Error ? error.name : String(error) }));
        if (!stopped) restartTimer = window.setTimeout(() => setGeneration((g) => g + 1), RESTART_MS);
      }
    };
    void start();
    return () => {
      stopped = true;
      if (restartTimer !== null) window.clearTimeout(restartTimer);
      if (frameTimer !== null) window.clearInterval(frameTimer);
      worker.terminate();
      streamRef.current?.getTracks().forEach((t) => t.stop());
      streamRef.current = null;
      setState((s) => ({ ...s, running: false }));
    };
  }, [enabled, deviceId, generation]);

  const setTorch = useCallback(async (on: boolean) => {
    const track = streamRef.current?.getVideoTracks()[0];
    if (!track) return;
    try {
      await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
      setState((s) => ({ ...s, torch: { ...s.torch, on } }));
    } catch {
      setState((s) => ({ ...s, torch: { supported: false, on: false } }));
    }
  }, []);

  return { videoRef, state, chooseCamera: setDeviceId, setTorch };
}
