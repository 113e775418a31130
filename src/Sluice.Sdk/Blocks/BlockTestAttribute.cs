namespace Sluice.Sdk;

/// <summary>
/// Marks a block test: a static method in the block file that runs after the block succeeds. Its parameters bind,
/// in order, to the block's outputs (it may take fewer parameters than there are outputs, and may end with a
/// <see cref="BlockContext"/>). A test fails by throwing; the exception's message becomes the block's error, so
/// state the expected and actual values in it (see <see cref="BlockAssert"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class BlockTestAttribute : Attribute
{
}
