/** The camera's preview (mirrored for a front camera only), its choice, on/off and the torch. */
import { BiText } from '../../common/components/bi-text';
import { pair as s } from '../../common/text-pair';
import type { useCamera } from './use-camera';

const CT = {
  camera: s('Camera', '鏡頭'),
  on: s('Use the camera', '使用鏡頭'),
  choose: s('Camera to use', '使用的鏡頭'),
  torch: s('Torch', '電筒'),
  starting: s('Starting the camera…', '正在啟動鏡頭…'),
  failed: s('The camera is not available; retrying.', '鏡頭無法使用，正在重試。'),
  decode: s('Last frame read in', '上一格讀取時間'),
};

/** The panel; `camera` is the hook's answer. */
export function CameraPanel({ camera, enabled, onEnabled }: { camera: ReturnType<typeof useCamera>; enabled: boolean; onEnabled: (on: boolean) => void }) {
  const { state, videoRef } = camera;
  return (
    <section className="card camera-panel" aria-labelledby="camera-title">
      <h2 id="camera-title">
        <BiText t={CT.camera} />
      </h2>
      <label>
        <input type="checkbox" checked={enabled} onChange={(e) => onEnabled(e.target.checked)} data-testid="camera-on" /> <BiText t={CT.on} />
      </label>
      {enabled && (
        <>
          <video ref={videoRef} className={state.mirrored ? 'camera-preview mirrored' : 'camera-preview'} muted playsInline aria-label={`${CT.camera.en} ${CT.camera.zh}`} data-testid="camera-preview" />
          {state.cameras.length > 1 && (
            <label className="field">
              <BiText t={CT.choose} />
              <select value={state.deviceId ?? ''} onChange={(e) => camera.chooseCamera(e.target.value)}>
                {state.cameras.map((c) => (
                  <option key={c.deviceId} value={c.deviceId}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {state.torch.supported && (
            <label>
              <input type="checkbox" checked={state.torch.on} onChange={(e) => void camera.setTorch(e.target.checked)} /> <BiText t={CT.torch} />
            </label>
          )}
          <p className="hint" role="status" data-testid="camera-status">
            {state.error ? <BiText t={CT.failed} /> : !state.running ? <BiText t={CT.starting} /> : state.lastDecodeMs !== null ? <><BiText t={CT.decode} /> {state.lastDecodeMs} ms</> : null}
          </p>
        </>
      )}
    </section>
  );
}
