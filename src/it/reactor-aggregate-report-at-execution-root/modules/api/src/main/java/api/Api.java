package api; class Api {}
