#!/bin/sh
# Purpose: start
# Usage: start.sh
