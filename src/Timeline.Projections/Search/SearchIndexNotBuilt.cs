namespace Timeline.Projections.Search;

/// <summary>
/// A search asked while the search index of a fold from position 0 is still to be built: the timelines answer already,
/// but a search now would miss records. It is worth asking again shortly.
/// </summary>
public sealed class SearchIndexNotBuiltException()
    : InvalidOperationException("The search index is being built after the read models were folded from the start of the log; try again shortly.");
