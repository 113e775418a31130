namespace Sluice.Server.Api;

/// <summary>The body of PUT .../models/{model}/aliases/{alias}: the version the alias points at from now on.</summary>
public sealed record SetAliasRequest(int? Version);
