package org.factdesk.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine a benchmark ran on: numbers mean little without it. */
public record Machine(int cores, String cpuModel, long ramBytes, String jdk, long maxHeapBytes, String os) {

    public static Machine detect() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), readRamBytes(),
                System.getProperty("java.vm.vendor", "?") + " " + System.getProperty("java.runtime.version", "?"),
                Runtime.getRuntime().maxMemory(),
                System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "?")
                        + " " + System.getProperty("os.arch", "?"));
    }

    /** "model name" from /proc/cpuinfo (Linux), else the JVM's arch. */
    private static String readCpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch", "unknown");
    }

    /** MemTotal from /proc/meminfo, else the OS MXBean's total. */
    private static long readRamBytes() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            for (String line : lines) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    /** The 1-minute load average (Linux), or -1: on a shared machine it says how much of the CPU we had. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    /** CPU time of this whole process (all threads: merges, GC, JIT), in nanoseconds, or -1. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU time of the calling thread in nanoseconds (immune to other processes' load). */
    public static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    public String describe() {
        return "%d cores, %s, %.1f GB RAM, JDK %s, max heap %d MB, %s; load average now %.2f".formatted(cores,
                cpuModel, ramBytes / 1e9, jdk, maxHeapBytes >> 20, os, loadAverage());
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", cores);
        m.put("cpu", cpuModel);
        m.put("ram_mb", ramBytes >> 20);
        m.put("jdk", jdk);
        m.put("max_heap_mb", maxHeapBytes >> 20);
        m.put("os", os);
        m.put("load_average_at_start", loadAverage());
        return m;
    }
}
