#!/usr/bin/env python3
"""
Script: quality.py
Purpose: quality
Usage: python scripts/test/quality.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="quality")
    parser.parse_args()


if __name__ == "__main__":
    main()
