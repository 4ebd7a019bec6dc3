/** `a` copied into an array of twice its length: for lists kept in typed arrays that grow by doubling. */
export function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}
