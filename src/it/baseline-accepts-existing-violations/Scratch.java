class Scratch {}
