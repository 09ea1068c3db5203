// Swedish messages raised by the allocation engine.
export const engineText = {};
