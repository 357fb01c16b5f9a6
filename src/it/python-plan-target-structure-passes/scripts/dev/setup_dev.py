#!/usr/bin/env python3
"""
Script: setup_dev.py
Purpose: setup dev
Usage: python scripts/dev/setup_dev.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="setup dev")
    parser.parse_args()


if __name__ == "__main__":
    main()
