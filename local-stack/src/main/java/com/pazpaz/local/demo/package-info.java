/**
 * The demo practice's synthetic data, made through the API as a user would (docs/decisions.md 162).
 */
package com.pazpaz.local.demo;
