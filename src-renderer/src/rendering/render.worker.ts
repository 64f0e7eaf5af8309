// The Web Worker that makes Word and Excel files, so a 500-row ledger or a hundred notices never freeze the page.
import { serveRenders, type HostPort } from './workerHost';

serveRenders(self as unknown as HostPort);
