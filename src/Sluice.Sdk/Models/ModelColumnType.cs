using System.Diagnostics.CodeAnalysis;

namespace Sluice.Sdk;

/// <summary>The type of one column a model takes or gives (MLflow's column types, as ML.NET holds them).</summary>
[SuppressMessage(
    "Naming",
    "CA1720:Identifier contains type name",
    Justification = "The members name the value types on purpose, as MLflow's schema does.")]
public enum ModelColumnType
{
    /// <summary>Text.</summary>
    String,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A 32-bit integer.</summary>
    Int32,

    /// <summary>A 64-bit integer.</summary>
    Int64,

    /// <summary>A 32-bit floating-point number (ML.NET's <c>Single</c>).</summary>
    Float32,

    /// <summary>A 64-bit floating-point number.</summary>
    Float64,

    /// <summary>A date and time without an offset.</summary>
    DateTime,
}
