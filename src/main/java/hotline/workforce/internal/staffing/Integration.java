package hotline.workforce.internal.staffing;

import java.util.function.DoubleUnaryOperator;

/**
 * Composite Gauss–Legendre quadrature with a fixed cost: 32 panels of 16 points. The Erlang A wait densities are
 * smooth and are integrated only up to where they have fallen e^45 below their peak, so each panel spans under two
 * e-folds and the rule is exact to about 1e-14 of the integral; a fixed cost keeps staffing 100,000 intervals fast.
 */
final class Integration {

    private static final int PANELS = 32;
    private static final int POINTS = 16;
    private static final double[] NODES = new double[POINTS];
    private static final double[] WEIGHTS = new double[POINTS];

    static {
        // Roots of the Legendre polynomial by Newton's method (Numerical Recipes' gauleg), on [-1, 1].
        for (int i = 0; i < POINTS; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (POINTS + 0.5));
            double derivative;
            while (true) {
                double p1 = 1;
                double p2 = 0;
                for (int j = 1; j <= POINTS; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
                }
                derivative = POINTS * (z * p1 - p2) / (z * z - 1);
                double next = z - p1 / derivative;
                if (Math.abs(next - z) < 1e-15) {
                    z = next;
                    break;
                }
                z = next;
            }
            NODES[i] = z;
            WEIGHTS[i] = 2 / ((1 - z * z) * derivative * derivative);
        }
    }

    private Integration() {
    }

    static double gaussLegendre(DoubleUnaryOperator f, double a, double b) {
        if (b <= a) {
            return 0;
        }
        double width = (b - a) / PANELS;
        double sum = 0;
        for (int p = 0; p < PANELS; p++) {
            double mid = a + (p + 0.5) * width;
            double half = width / 2;
            for (int i = 0; i < POINTS; i++) {
                sum += WEIGHTS[i] * f.applyAsDouble(mid + half * NODES[i]) * half;
            }
        }
        return sum;
    }
}
