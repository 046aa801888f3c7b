package org.factdesk.extract;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * A small binary classifier over dense features (sentence vectors and a few scores): logistic
 * regression, or one hidden layer of ReLU units, on standardised inputs, fitted with mini-batch Adam
 * and L2 in plain Java. {@link #logit} is the margin; the caller's threshold decides.
 */
public final class ClassifierHead {
    private final double[] mean;
    private final double[] scale;
    private final int hidden;
    private final double[][] w1; // [hidden][d] (hidden layer), or [1][d] for logistic regression
    private final double[] b1;
    private final double[] w2; // [hidden]
    private double b2;

    private ClassifierHead(double[] mean, double[] scale, int hidden, double[][] w1, double[] b1, double[] w2, double b2) {
        this.mean = mean;
        this.scale = scale;
        this.hidden = hidden;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
    }

    public int inputs() {
        return mean.length;
    }

    /** The margin (log-odds of the positive class) of one row of features. */
    public double logit(double[] x) {
        int d = mean.length;
        if (hidden == 0) {
            double z = b1[0];
            for (int k = 0; k < d; k++) {
                z += w1[0][k] * (x[k] - mean[k]) * scale[k];
            }
            return z;
        }
        double z = b2;
        for (int h = 0; h < hidden; h++) {
            double a = b1[h];
            double[] w = w1[h];
            for (int k = 0; k < d; k++) {
                a += w[k] * (x[k] - mean[k]) * scale[k];
            }
            if (a > 0) {
                z += w2[h] * a;
            }
        }
        return z;
    }

    /**
     * Fits a head. {@code kind} "lr" (logistic regression) or "mlp" (one hidden layer of {@code hidden}
     * units); {@code l2} on the weights; {@code epochs} passes of mini-batches of 64; {@code seed} fixes
     * the initialisation and the order, so the same data gives the same head.
     */
    public static ClassifierHead fit(double[][] x, int[] y, String kind, int hidden, double l2, int epochs, long seed) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int k = 0; k < d; k++) {
                mean[k] += row[k] / n;
            }
        }
        for (double[] row : x) {
            for (int k = 0; k < d; k++) {
                double c = row[k] - mean[k];
                scale[k] += c * c / n;
            }
        }
        for (int k = 0; k < d; k++) {
            scale[k] = scale[k] < 1e-12 ? 1 : 1 / Math.sqrt(scale[k]);
        }
        int h = kind.equals("mlp") ? Math.max(1, hidden) : 0;
        Random rnd = new Random(seed);
        int rowsOfW1 = Math.max(1, h);
        double[][] w1 = new double[rowsOfW1][d];
        double[] b1 = new double[rowsOfW1];
        double[] w2 = new double[Math.max(1, h)];
        if (h > 0) {
            double s = Math.sqrt(2.0 / d);
            for (double[] row : w1) {
                for (int k = 0; k < d; k++) {
                    row[k] = rnd.nextGaussian() * s;
                }
            }
            for (int j = 0; j < h; j++) {
                w2[j] = rnd.nextGaussian() * Math.sqrt(1.0 / h);
            }
        }
        ClassifierHead head = new ClassifierHead(mean, scale, h, w1, b1, w2, 0);
        Adam adam = new Adam(rowsOfW1 * d + rowsOfW1 + w2.length + 1);
        double[][] gw1 = new double[rowsOfW1][d];
        double[] gb1 = new double[rowsOfW1];
        double[] gw2 = new double[w2.length];
        double[] z = new double[d];
        double[] act = new double[Math.max(1, h)];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int batch = 64;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
                for (double[] row : gw1) {
                    java.util.Arrays.fill(row, 0);
                }
                java.util.Arrays.fill(gb1, 0);
                java.util.Arrays.fill(gw2, 0);
                double gb2 = 0;
                for (int b = from; b < to; b++) {
                    double[] row = x[order[b]];
                    for (int k = 0; k < d; k++) {
                        z[k] = (row[k] - mean[k]) * scale[k];
                    }
                    double out;
                    if (h == 0) {
                        out = b1[0];
                        for (int k = 0; k < d; k++) {
                            out += w1[0][k] * z[k];
                        }
                    } else {
                        out = head.b2;
                        for (int j = 0; j < h; j++) {
                            double a = b1[j];
                            double[] w = w1[j];
                            for (int k = 0; k < d; k++) {
                                a += w[k] * z[k];
                            }
                            act[j] = a > 0 ? a : 0;
                            out += w2[j] * act[j];
                        }
                    }
                    double err = sigmoid(out) - y[order[b]];
                    if (h == 0) {
                        for (int k = 0; k < d; k++) {
                            gw1[0][k] += err * z[k];
                        }
                        gb1[0] += err;
                    } else {
                        gb2 += err;
                        for (int j = 0; j < h; j++) {
                            gw2[j] += err * act[j];
                            if (act[j] > 0) {
                                double e = err * w2[j];
                                gb1[j] += e;
                                double[] g = gw1[j];
                                for (int k = 0; k < d; k++) {
                                    g[k] += e * z[k];
                                }
                            }
                        }
                    }
                }
                double m = to - from;
                int p = 0;
                for (int j = 0; j < rowsOfW1; j++) {
                    for (int k = 0; k < d; k++) {
                        w1[j][k] -= adam.step(p++, gw1[j][k] / m + l2 * w1[j][k]);
                    }
                }
                for (int j = 0; j < rowsOfW1; j++) {
                    b1[j] -= adam.step(p++, gb1[j] / m);
                }
                if (h > 0) {
                    for (int j = 0; j < h; j++) {
                        w2[j] -= adam.step(p++, gw2[j] / m + l2 * w2[j]);
                    }
                    head.b2 -= adam.step(p, gb2 / m);
                }
                adam.tick();
            }
        }
        return head;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    /** Adam's running moments, one per parameter. */
    private static final class Adam {
        private final double[] m;
        private final double[] v;
        private int t = 1;
        private static final double RATE = 1e-3;

        Adam(int n) {
            m = new double[n];
            v = new double[n];
        }

        double step(int i, double g) {
            m[i] = 0.9 * m[i] + 0.1 * g;
            v[i] = 0.999 * v[i] + 0.001 * g * g;
            double mh = m[i] / (1 - Math.pow(0.9, t));
            double vh = v[i] / (1 - Math.pow(0.999, t));
            return RATE * mh / (Math.sqrt(vh) + 1e-8);
        }

        void tick() {
            t++;
        }
    }

    void write(DataOutputStream out) throws IOException {
        int d = mean.length;
        out.writeInt(d);
        out.writeInt(hidden);
        for (int k = 0; k < d; k++) {
            out.writeFloat((float) mean[k]);
            out.writeFloat((float) scale[k]);
        }
        for (double[] row : w1) {
            for (double w : row) {
                out.writeFloat((float) w);
            }
        }
        for (double b : b1) {
            out.writeFloat((float) b);
        }
        for (double w : w2) {
            out.writeFloat((float) w);
        }
        out.writeFloat((float) b2);
    }

    static ClassifierHead read(DataInputStream in) throws IOException {
        int d = in.readInt();
        int hidden = in.readInt();
        if (d <= 0 || d > 100_000 || hidden < 0 || hidden > 10_000) {
            throw new IOException("not a classifier head (inputs " + d + ", hidden " + hidden + ")");
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int k = 0; k < d; k++) {
            mean[k] = in.readFloat();
            scale[k] = in.readFloat();
        }
        int rows = Math.max(1, hidden);
        double[][] w1 = new double[rows][d];
        for (double[] row : w1) {
            for (int k = 0; k < d; k++) {
                row[k] = in.readFloat();
            }
        }
        double[] b1 = new double[rows];
        for (int j = 0; j < rows; j++) {
            b1[j] = in.readFloat();
        }
        double[] w2 = new double[rows];
        for (int j = 0; j < rows; j++) {
            w2[j] = in.readFloat();
        }
        double b2 = in.readFloat();
        return new ClassifierHead(mean, scale, hidden, w1, b1, w2, b2);
    }
}
