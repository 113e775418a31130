namespace Sluice.ML.Tuning;

/// <summary>How a trial ended.</summary>
public enum TrialStatus
{
    /// <summary>The objective returned a finite loss.</summary>
    Ok,

    /// <summary>The objective threw, or returned NaN or an infinity; the trial counts toward the budget only.</summary>
    Failed,
}
