// Loaded into every node process of a test run through NODE_OPTIONS=--require: a process whose
// script name ends with BEACON_SCRIPT connects to the test's server at BEACON_PORT and says its pid.
// The connection closes when the process ends, however it ends: the test sees a process start and
// end as events, without polling.
const {isMainThread} = require('node:worker_threads');
const script = process.argv[1] ?? '';
if (isMainThread && process.env.BEACON_PORT && script.endsWith(process.env.BEACON_SCRIPT ?? '')) {
  const socket = require('node:net').connect(Number(process.env.BEACON_PORT), '127.0.0.1', () => socket.write(`${process.pid}\n`));
  socket.on('error', () => undefined);
  socket.unref(); // the beacon never keeps its process alive
}
