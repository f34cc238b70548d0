/** Reads a JSON data file, with errors that name the file. */
import { readFile } from 'node:fs/promises';
import { DataFormatError } from './json-reader.js';

export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataFormatError('', `not valid JSON (${(error as Error).message})`, path);
  }
}
