// A fake Discord voice server on 127.0.0.1: the voice gateway (a WebSocket over TLS, since
// @discordjs/voice dials wss://<endpoint>; the certificate is tests/fixtures/voice-tls, trusted through
// NODE_EXTRA_CA_CERTS in vitest.config.ts) and a UDP socket. It speaks voice gateway v8 as far as a
// connection goes: hello, identify, ready, IP discovery, select protocol, session description,
// heartbeats, speaking. It offers aead_aes256_gcm_rtpsize, decrypts every RTP packet it receives with
// the key it gave, and keeps the Opus frames, which decodedAudio() turns back into PCM (opusscript).
// It may decline DAVE (dave_protocol_version 0, the default), or offer it (then it only keeps the MLS
// key package the client sends), or require it (closing with 4017 when the client offers none).
import { createDecipheriv, randomBytes } from 'node:crypto';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import OpusScript from 'opusscript';
import { WebSocketServer, type WebSocket } from 'ws';

type Json = Record<string, unknown>;

export const VOICE_TLS_DIR = path.resolve('tests/fixtures/voice-tls');

/** The encryption mode the fake offers first (Node's crypto does it, so no sodium library is needed). */
export const AES_MODE = 'aead_aes256_gcm_rtpsize';

export interface VoiceSession {
  readonly guildId: string;
  readonly userId: string;
  readonly ssrc: number;
  readonly secretKey: Buffer;
  /** The client's identify payload (op 0), whole. */
  readonly identify: Json;
  /** The mode the client selected (op 1), and where it said it listens. */
  selected?: { readonly mode: string; readonly address: string; readonly port: number };
  /** Speaking updates (op 5). */
  readonly speaking: Json[];
  /** Binary messages (DAVE's MLS), by opcode. */
  readonly binary: { readonly op: number; readonly payload: Buffer }[];
  /** Opus frames decrypted from RTP packets, in the order they came. */
  readonly frames: { readonly sequence: number; readonly timestamp: number; readonly opus: Buffer }[];
  /** RTP packets that did not decrypt with the session's key. */
  decryptFailures: number;
  /** The WebSocket's close code, once closed. */
  closedWith?: number;
}

export interface FakeVoiceOptions {
  /** DAVE version offered in the session description: 0 declines it (the default). */
  readonly daveVersion?: number;
  /** Close with 4017 an identify whose max_dave_protocol_version is 0, as Discord does since March 2026. */
  readonly requireDave?: boolean;
  /** Close every identify with this code (a voice server refusing the connection). */
  readonly refuseWith?: number;
  /** Never answer an identify (a voice server out of reach). */
  readonly silent?: boolean;
}

/** The Opus silence frame @discordjs/voice sends when a line ends. */
const SILENCE = Buffer.from([0xf8, 0xff, 0xfe]);

export class FakeVoiceServer {
  readonly sessions: VoiceSession[] = [];
  /** Every identify, even one refused (4017) or for an unknown token. */
  readonly identifies: Json[] = [];
  daveVersion: number;
  requireDave: boolean;
  refuseWith: number | undefined;
  silent: boolean;
  /** Milliseconds spent handling UDP packets (decrypting), so a bench can tell the fake's share of the CPU. */
  udpMs = 0;
  private readonly tokens = new Map<string, { guildId: string; userId: string }>();
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private udp: Socket | undefined;
  private port = 0;
  private udpPort = 0;

  constructor(options: FakeVoiceOptions = {}) {
    this.daveVersion = options.daveVersion ?? 0;
    this.requireDave = options.requireDave ?? false;
    this.refuseWith = options.refuseWith;
    this.silent = options.silent ?? false;
  }

  /** host:port, as VOICE_SERVER_UPDATE gives it. */
  get endpoint(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer({ cert: readFileSync(path.join(VOICE_TLS_DIR, 'cert.pem')), key: readFileSync(path.join(VOICE_TLS_DIR, 'key.pem')) });
    this.server = server;
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.handleSocket(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    const udp = createSocket('udp4');
    this.udp = udp;
    udp.on('message', (message, from) => this.handleUdp(message, from));
    await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
    this.udpPort = udp.address().port;
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await new Promise<void>((resolve) => (this.udp ? this.udp.close(() => resolve()) : resolve()));
  }

  /** A token handed out in a VOICE_SERVER_UPDATE, good for one user in one server. */
  issueToken(guildId: string, userId: string): string {
    const token = randomBytes(8).toString('hex');
    this.tokens.set(token, { guildId, userId });
    return token;
  }

  /** The newest session for a server. */
  sessionFor(guildId: string): VoiceSession | undefined {
    return this.sessions.filter((s) => s.guildId === guildId).at(-1);
  }

  /** The audio of a session's frames (silence frames left out), decoded back to 48 kHz mono PCM. */
  decodedAudio(session: VoiceSession): Int16Array {
    const decoder = new OpusScript(48_000, 2, OpusScript.Application.AUDIO);
    try {
      const chunks: Int16Array[] = [];
      for (const frame of session.frames) {
        if (frame.opus.equals(SILENCE)) continue;
        const pcm = decoder.decode(frame.opus);
        const stereo = new Int16Array(pcm.buffer, pcm.byteOffset, pcm.length / 2);
        const mono = new Int16Array(stereo.length / 2);
        for (let i = 0; i < mono.length; i++) mono[i] = stereo[i * 2] ?? 0;
        chunks.push(mono);
      }
      const out = new Int16Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    } finally {
      decoder.delete();
    }
  }

  // ---------------------------------------------------------------- the voice gateway (v8)

  private handleSocket(socket: WebSocket): void {
    let seq = 0;
    let session: VoiceSession | undefined;
    const send = (op: number, d: unknown) => socket.send(JSON.stringify({ op, d, seq: ++seq }));
    send(8, { heartbeat_interval: 5_000 });
    socket.on('close', (code) => {
      if (session) session.closedWith = code;
    });
    socket.on('message', (raw, isBinary) => {
      if (isBinary) {
        const buffer = Buffer.isBuffer(raw) ? raw : Buffer.from(raw as ArrayBuffer);
        session?.binary.push({ op: buffer.readUInt8(0), payload: buffer.subarray(1) });
        return;
      }
      let packet: Json;
      try {
        packet = JSON.parse(String(raw)) as Json;
      } catch {
        socket.close(4002, 'Failed to decode payload');
        return;
      }
      const d = (typeof packet['d'] === 'object' && packet['d'] !== null ? packet['d'] : {}) as Json;
      switch (packet['op']) {
        case 0: {
          this.identifies.push(d);
          const issued = this.tokens.get(String(d['token']));
          if (!issued || issued.guildId !== String(d['server_id']) || issued.userId !== String(d['user_id'])) {
            socket.close(4004, 'Authentication failed');
            return;
          }
          if (this.silent) return;
          if (this.refuseWith !== undefined) {
            socket.close(this.refuseWith, 'Refused');
            return;
          }
          if (this.requireDave && !(Number(d['max_dave_protocol_version'] ?? 0) >= 1)) {
            socket.close(4017, 'E2EE/DAVE protocol required');
            return;
          }
          session = {
            guildId: issued.guildId,
            userId: issued.userId,
            ssrc: 1000 + this.sessions.length,
            secretKey: randomBytes(32),
            identify: d,
            speaking: [],
            binary: [],
            frames: [],
            decryptFailures: 0,
          };
          this.sessions.push(session);
          send(2, { ssrc: session.ssrc, ip: '127.0.0.1', port: this.udpPort, modes: [AES_MODE, 'aead_xchacha20_poly1305_rtpsize'] });
          return;
        }
        case 1: {
          const data = (d['data'] ?? {}) as Json;
          if (!session) return;
          if (data['mode'] !== AES_MODE && data['mode'] !== 'aead_xchacha20_poly1305_rtpsize') {
            socket.close(4016, 'Unknown encryption mode');
            return;
          }
          session.selected = { mode: String(data['mode']), address: String(data['address']), port: Number(data['port']) };
          send(4, { mode: session.selected.mode, secret_key: [...session.secretKey], dave_protocol_version: this.daveVersion });
          return;
        }
        case 3:
          send(6, { t: d['t'] });
          return;
        case 5:
          session?.speaking.push(d);
          return;
        default:
          return;
      }
    });
  }

  // ---------------------------------------------------------------- UDP: IP discovery and RTP

  private handleUdp(message: Buffer, from: RemoteInfo): void {
    const started = performance.now();
    try {
      this.handlePacket(message, from);
    } finally {
      this.udpMs += performance.now() - started;
    }
  }

  private handlePacket(message: Buffer, from: RemoteInfo): void {
    // IP discovery: type 1, length 70, SSRC, 64 bytes of address, port. The answer: type 2, the address seen.
    if (message.length === 74 && message.readUInt16BE(0) === 1) {
      const reply = Buffer.alloc(74);
      reply.writeUInt16BE(2, 0);
      reply.writeUInt16BE(70, 2);
      reply.writeUInt32BE(message.readUInt32BE(4), 4);
      reply.write(from.address, 8, 'utf8');
      reply.writeUInt16BE(from.port, 72);
      this.udp?.send(reply, from.port, from.address);
      return;
    }
    // Keep-alives are 8 bytes; RTP packets start with version 2 and carry Opus (payload type 120).
    if (message.length < 12 + 16 + 4 || (message[0] ?? 0) >> 6 !== 2 || ((message[1] ?? 0) & 0x7f) !== 120) return;
    const ssrc = message.readUInt32BE(8);
    const session = this.sessions.find((s) => s.ssrc === ssrc);
    if (!session?.selected) return;
    const opus = decryptRtpSize(message, session.secretKey);
    if (!opus) session.decryptFailures += 1;
    else session.frames.push({ sequence: message.readUInt16BE(2), timestamp: message.readUInt32BE(4), opus });
  }
}

/**
 * aead_aes256_gcm_rtpsize: the RTP header (with its CSRCs and the extension's first 4 bytes) is the
 * additional data; then the ciphertext, a 16-byte tag and a 4-byte nonce counter (the first 4 of the
 * 12-byte nonce). The extension's body, if any, is the start of the plaintext. Undefined when it does
 * not decrypt.
 */
export function decryptRtpSize(packet: Buffer, key: Buffer): Buffer | undefined {
  const csrcs = (packet[0] ?? 0) & 0x0f;
  const extension = ((packet[0] ?? 0) & 0x10) !== 0;
  const headerLength = 12 + 4 * csrcs + (extension ? 4 : 0);
  const nonce = Buffer.alloc(12);
  packet.copy(nonce, 0, packet.length - 4);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(packet.subarray(0, headerLength));
    decipher.setAuthTag(packet.subarray(packet.length - 20, packet.length - 4));
    const plain = Buffer.concat([decipher.update(packet.subarray(headerLength, packet.length - 20)), decipher.final()]);
    return extension ? plain.subarray(4 * packet.readUInt16BE(headerLength - 2)) : plain;
  } catch {
    return undefined;
  }
}
