#!/usr/bin/env node
// Runs the built CLI; a committed entry point, so package managers can link it before the first build.
import '../dist/cli.js';
