#!/usr/bin/env python3
"""
Script: security_scan.py
Purpose: security scan
Usage: python scripts/maintenance/security_scan.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="security scan")
    parser.parse_args()


if __name__ == "__main__":
    main()
