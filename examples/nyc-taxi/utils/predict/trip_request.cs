namespace NycTaxi.Predict;

/// <summary>One trip to predict: the fields the course's predict call sends.</summary>
public sealed record TripRequest(int PULocationID, int DOLocationID, double TripDistance);
