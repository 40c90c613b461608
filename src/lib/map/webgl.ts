/**
 * Whether this browser can give MapLibre a WebGL 2 context. Asked before the map is built
 * so a reader without one gets the still picture at once rather than an error.
 */
export function supportsWebGL2(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
