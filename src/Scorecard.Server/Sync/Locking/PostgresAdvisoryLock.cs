using Npgsql;

namespace Scorecard.Server.Sync.Locking;

/// <summary>
/// PostgreSQL: a session advisory lock (<c>pg_try_advisory_lock</c>) on a connection of its own, held for
/// the cycle. The connection is not pooled, so if the process dies the server ends the session and the lock
/// with it, and another instance takes over at its next interval.
/// </summary>
sealed class PostgresAdvisoryLock(string connectionString, ILogger<PostgresAdvisoryLock> logger) : ISyncLock
{
    /// <summary>Any fixed 64-bit number: the same for every instance of Scorecard on a database.</summary>
    const long Key = 0x5C0_2EC4_5E7C;

    readonly string unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    public async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(unpooled);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            if (await command.ExecuteScalarAsync(ct) is true)
            {
                return new Held(connection, logger);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    sealed class Held(NpgsqlConnection connection, ILogger logger) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", Key);
                await command.ExecuteScalarAsync();
            }
            catch (NpgsqlException ex)
            {
                // Closing the session below releases the lock anyway.
                logger.LogDebug(ex, "Could not unlock the sync lock explicitly");
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
