#!/usr/bin/env python3
"""
Script: release.py
Purpose: release
Usage: python scripts/build/release.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="release")
    parser.parse_args()


if __name__ == "__main__":
    main()
