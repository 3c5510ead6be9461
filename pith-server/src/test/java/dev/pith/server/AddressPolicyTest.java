package dev.pith.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which literal addresses are off limits (no name is resolved, no traffic is sent). */
class AddressPolicyTest {

    private static String kind(String literal) throws Exception {
        return AddressPolicy.forbiddenKind(InetAddress.getByName(literal));
    }

    @Test
    void refusesNonPublicRanges() throws Exception {
        for (String a : new String[] {"127.0.0.1", "127.9.9.9", "::1", "0.0.0.0", "::", "10.0.0.1", "172.16.0.1",
                "192.168.0.1", "169.254.169.254", "fe80::1", "fd00:ec2::254", "fc00::1", "100.64.0.1",
                "100.100.100.200", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::ffff:10.0.0.1",
                "64:ff9b::a9fe:a9fe", "2002:7f00:1::", "::7f00:1"}) {
            assertThat(kind(a)).as(a).isNotNull();
        }
    }

    @Test
    void allowsPublicAddresses() throws Exception {
        for (String a : new String[] {"93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:4700::1111",
                "64:ff9b::808:808", "2002:808:808::"}) {
            assertThat(kind(a)).as(a).isNull();
        }
    }
}
