package com.pazpaz.infra.crypto;

import com.pazpaz.kernel.client.ClientEncryption;
import com.pazpaz.kernel.client.ProtectedClientField;
import com.pazpaz.kernel.crypto.EncryptedValue;
import com.pazpaz.kernel.ids.ClientId;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encrypting and decrypting one field of 50 bytes and of 5,000 characters with a client's cached data key, as
 * the services do on every write and read (docs/benchmarks/encryption.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EncryptionBenchmark {

    @Param({"50", "5000"})
    int length;

    private FieldCipher cipher;
    private FieldBinding binding;
    private String plaintext;
    private EncryptedValue stored;

    @Setup
    public void setUp() {
        BenchmarkVault vault = BenchmarkVault.shared();
        UUID client = UUID.randomUUID();
        vault.ring().createFor(client, null);
        cipher = new AesGcmFieldCipher(vault.ring());
        binding = new FieldBinding(
                ClientEncryption.TABLE,
                client,
                ProtectedClientField.MEDICAL_HISTORY.column(),
                ClientEncryption.keyOwner(ClientId.of(client)));
        // Hebrew is 2 UTF-8 bytes a character: 5,000 characters are ~10 KB, the worst case of a 5,000 limit
        plaintext = length == 50 ? "Patient reports shoulder pain since spring of 2019" : "ש".repeat(length);
        stored = cipher.encrypt(plaintext, binding);
    }

    @Benchmark
    public EncryptedValue encrypt() {
        return cipher.encrypt(plaintext, binding);
    }

    @Benchmark
    public String decrypt() {
        return cipher.decrypt(stored, binding);
    }
}
