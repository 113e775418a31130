using Sluice.ML.Tuning;

namespace Sluice.ML.Tests.Tuning;

public sealed class GaussianTests
{
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(0.5, 0.4795001221869535)]
    [InlineData(1, 0.15729920705028513)]
    [InlineData(3, 2.2090496998585438e-05)]
    [InlineData(10, 2.088487583762545e-45)]
    [InlineData(-1, 1.842700792949715)]
    public void Erfc_MatchesReferenceValuesToSevenDigits(double x, double expected)
    {
        // Reference values from the C library's erfc; the error bound holds in the far tail too.
        (Math.Abs(Gaussian.Erfc(x) - expected) / expected).ShouldBeLessThan(1.2e-7);
    }

    [Fact]
    public void Mass_OfTheWholeLineIsOne_AndOfSymmetricIntervalsIsKnown()
    {
        Gaussian.Mass(double.NegativeInfinity, double.PositiveInfinity).ShouldBe(1, 1e-7);
        Gaussian.Mass(-1, 1).ShouldBe(0.6826894921370859, 1e-7);
        Gaussian.Mass(1, -1).ShouldBe(0);
    }

    [Fact]
    public void Mass_OfANarrowIntervalFarOut_KeepsItsPrecision()
    {
        // P(8 < Z < 8.5) = 6.10e-16 + ...; computed from the lower tail it would be lost under rounding of 1.
        double mass = Gaussian.Mass(8, 8.5);

        (mass / (0.5 * (Gaussian.Erfc(8 / Math.Sqrt(2)) - Gaussian.Erfc(8.5 / Math.Sqrt(2))))).ShouldBe(1, 1e-12);
        mass.ShouldBeGreaterThan(0);
        Gaussian.Mass(-8.5, -8).ShouldBe(mass, mass * 1e-12);
    }
}
