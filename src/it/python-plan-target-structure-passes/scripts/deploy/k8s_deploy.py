#!/usr/bin/env python3
"""
Script: k8s_deploy.py
Purpose: k8s deploy
Usage: python scripts/deploy/k8s_deploy.py [--help]
"""
import argparse


def main():
    parser = argparse.ArgumentParser(description="k8s deploy")
    parser.parse_args()


if __name__ == "__main__":
    main()
