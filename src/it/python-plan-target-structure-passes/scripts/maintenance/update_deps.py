#!/usr/bin/env python3
"""
Script: update_deps.py
Purpose: update deps
Usage: python scripts/maintenance/update_deps.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="update deps")
    parser.parse_args()


if __name__ == "__main__":
    main()
