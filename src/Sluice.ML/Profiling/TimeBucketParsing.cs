namespace Sluice.ML.Profiling;

/// <summary>Adds <c>TimeBucket.Parse</c>, so the editor can turn its dropdown's text into a bucket.</summary>
public static class TimeBucketParsing
{
    extension(TimeBucket)
    {
        /// <summary>
        /// Reads "hour", "day", "week" or "month" (also "hourly", "daily", "weekly", "monthly"; any case).
        /// </summary>
        /// <exception cref="FormatException">Any other text; the message lists the accepted words.</exception>
        public static TimeBucket Parse(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            return text.Trim().ToUpperInvariant() switch
            {
                "HOUR" or "HOURLY" => TimeBucket.Hour,
                "DAY" or "DAILY" => TimeBucket.Day,
                "WEEK" or "WEEKLY" => TimeBucket.Week,
                "MONTH" or "MONTHLY" => TimeBucket.Month,
                _ => throw new FormatException($"'{text}' is not a time bucket; use hour, day, week or month."),
            };
        }
    }
}
