// Raw-socket probe of graphql-transport-ws close codes: each case opens a socket, sends messages and
// reports the close code and reason the server ends it with. {url} in, {case: {code, reason}} out.
import WebSocket from 'ws';
import { readStdinJson, writeJson } from './io.mjs';

const { url, forbiddenToken } = await readStdinJson();
const init = (payload) => JSON.stringify({ type: 'connection_init', payload });
const subscribe = (id) => JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { counter(to: 1000) }' } });

function probe(protocol, steps) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, protocol);
    const timer = setTimeout(() => { socket.terminate(); resolve({ code: null, reason: 'no close within 10 s' }); }, 10000);
    socket.on('open', async () => {
      for (const step of steps) {
        if (typeof step === 'number') await new Promise((r) => setTimeout(r, step));
        else if (socket.readyState === WebSocket.OPEN) socket.send(step);
      }
    });
    socket.on('close', (code, reason) => { clearTimeout(timer); resolve({ code, reason: reason.toString() }); });
    socket.on('error', () => {});
  });
}

const ack = 150;
writeJson({
  invalidMessage: await probe('graphql-transport-ws', [init({}), ack, '{"type":"bogus"}']),
  notJson: await probe('graphql-transport-ws', ['not json']),
  unauthorized: await probe('graphql-transport-ws', [subscribe('1')]),
  forbidden: await probe('graphql-transport-ws', [init({ token: forbiddenToken })]),
  subprotocol: await probe('graphql-ws', []),
  initTimeout: await probe('graphql-transport-ws', []),
  duplicateSubscriber: await probe('graphql-transport-ws', [init({}), ack, subscribe('1'), subscribe('1')]),
  tooManyInits: await probe('graphql-transport-ws', [init({}), ack, init({})]),
  internalError: await probe('graphql-transport-ws', [init({ crash: true })]),
});
