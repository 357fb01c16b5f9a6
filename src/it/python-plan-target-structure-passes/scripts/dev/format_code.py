#!/usr/bin/env python3
"""
Script: format_code.py
Purpose: format code
Usage: python scripts/dev/format_code.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="format code")
    parser.parse_args()


if __name__ == "__main__":
    main()
