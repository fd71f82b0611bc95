/** Stages and the pipeline that runs them in a checked order, with the time each stage takes. */
package org.parley.pipeline;
