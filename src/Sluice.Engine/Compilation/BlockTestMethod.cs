using System.Reflection;

namespace Sluice.Engine.Compilation;

/// <summary>A static <c>[BlockTest]</c> method of a block file.</summary>
public sealed record BlockTestMethod(string Name, MethodInfo Method);
