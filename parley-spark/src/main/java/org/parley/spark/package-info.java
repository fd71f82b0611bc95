/** The Spark job: the standard pipeline over a corpus spread across machines, wiring only. */
package org.parley.spark;
