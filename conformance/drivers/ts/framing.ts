// The driver protocol's framing: each message is a 4-byte big-endian length, then that many bytes.

const PREFIX_BYTES = 4;

/**
 * Yield the payload of each frame read from a stream of chunks. A frame may span any number of chunks
 * and a chunk may hold several frames. Throws when the stream ends inside a frame.
 */
export async function* readFrames(
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array, void> {
  let pending: Buffer[] = [];
  let size = 0;
  // Chunks are joined only once a whole length prefix or a whole frame has arrived, so a frame of
  // several MB is copied once rather than once per 64 KiB chunk.
  const joined = (): Buffer => {
    if (pending.length !== 1) {
      pending = [Buffer.concat(pending, size)];
    }
    return pending[0] ?? Buffer.alloc(0);
  };
  for await (const chunk of chunks) {
    pending.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    size += chunk.byteLength;
    while (size >= PREFIX_BYTES) {
      const first = pending[0];
      const prefix = first !== undefined && first.length >= PREFIX_BYTES ? first : joined();
      const end = PREFIX_BYTES + prefix.readUInt32BE(0);
      if (size < end) {
        break;
      }
      const all = joined();
      const rest = all.subarray(end);
      pending = rest.length > 0 ? [rest] : [];
      size = rest.length;
      yield all.subarray(PREFIX_BYTES, end);
    }
  }
  if (size > 0) {
    throw new Error(`the input ended inside a frame (${size} bytes of it received)`);
  }
}

/** Write one frame and resolve once the stream has taken it. */
export function writeFrame(out: NodeJS.WritableStream, payload: Uint8Array): Promise<void> {
  const prefix = Buffer.alloc(PREFIX_BYTES);
  prefix.writeUInt32BE(payload.byteLength, 0);
  return new Promise((resolve, reject) => {
    out.write(Buffer.concat([prefix, payload]), (error) => (error ? reject(error) : resolve()));
  });
}
