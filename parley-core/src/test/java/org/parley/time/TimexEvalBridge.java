package org.parley.time;
public class TimexEvalBridge { public static Object get(String line, String k) { return TimexEval.Json.object(line).get(k); } }
