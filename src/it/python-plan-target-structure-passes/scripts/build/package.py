#!/usr/bin/env python3
"""
Script: package.py
Purpose: package
Usage: python scripts/build/package.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="package")
    parser.parse_args()


if __name__ == "__main__":
    main()
