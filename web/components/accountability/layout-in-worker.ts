import ELK from 'elkjs/lib/elk-api.js';
// ELK's own worker build: a classic worker script that answers ELK's API (no eval: fine under the CSP).
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { layoutMap } from './layout-map.js';
import type { LaidOutMap, MapEdge, MapGraph } from './map-geometry.js';

/**
 * Lays the map out with ELK running in a worker, so a map of thousands of parties never freezes the
 * page: its filters, table and navigation stay usable while the layout runs. Each layout has a
 * worker of its own, stopped when the layout is done or no longer wanted (`signal`: the filters
 * changed or the page was left) rather than finishing a layout nobody will see.
 */
export function layoutMapInWorker<E extends MapEdge>(
  map: MapGraph<E>,
  labelLines: (edge: E) => string[],
  signal?: AbortSignal,
): Promise<LaidOutMap<E>> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const elk = new ELK({
      workerFactory: () => {
        const worker = new Worker(elkWorkerUrl, { name: 'map-layout' });
        // ELK's API does not report a worker that fails to load: the map would wait forever.
        worker.addEventListener('error', (event) =>
          fail(new Error(event.message || 'The layout engine could not start')),
        );
        return worker;
      },
    });
    function finish() {
      elk.terminateWorker();
      signal?.removeEventListener('abort', abandon);
    }
    function fail(error: unknown) {
      finish();
      reject(error);
    }
    function abandon() {
      fail(signal?.reason);
    }
    signal?.addEventListener('abort', abandon, { once: true });
    layoutMap(map, elk, labelLines).then((laidOut) => {
      finish();
      resolve(laidOut);
    }, fail);
  });
}
