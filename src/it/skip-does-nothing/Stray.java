class Stray {}
