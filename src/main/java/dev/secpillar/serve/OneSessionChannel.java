package dev.secpillar.serve;

import java.io.IOException;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSessionFactory;

/**
 * The session channel, once per connection: one login is one course session. A second request
 * is refused ("additional sessions disabled", as OpenSSH's no-more-sessions). MINA's own
 * MAX_CONCURRENT_CHANNELS cannot do this: it lets one channel more than its value through.
 */
final class OneSessionChannel implements ChannelFactory {
    private static final AttributeKey<Boolean> OPENED = new AttributeKey<>();

    @Override
    public String getName() {
        return ChannelSessionFactory.INSTANCE.getName();
    }

    @Override
    public Channel createChannel(Session session) throws IOException {
        if (session.setAttribute(OPENED, Boolean.TRUE) != null) {
            return null; // unreachable once more sessions are disallowed below; a second line of defence
        }
        ConnectionService connection = session.getService(ConnectionService.class);
        if (connection != null) {
            connection.setAllowMoreSessions(false);
        }
        return ChannelSessionFactory.INSTANCE.createChannel(session);
    }
}
