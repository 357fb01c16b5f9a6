#!/usr/bin/env python3
"""
Script: build.py
Purpose: build
Usage: python scripts/build/build.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="build")
    parser.parse_args()


if __name__ == "__main__":
    main()
