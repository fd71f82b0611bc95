/**
 * Helpers shared by Parley's stages. Not API: may change without notice; don't depend on it from
 * outside the project.
 */
package org.parley.internal;
