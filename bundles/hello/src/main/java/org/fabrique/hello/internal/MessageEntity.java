package org.fabrique.hello.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.fabrique.core.storage.InstantConverter;

@Entity
@Table(name = "hello_message")
public class MessageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "author_id")
    long authorId;
    String text;
    @Column(name = "written_at")
    @Convert(converter = InstantConverter.class)
    Instant writtenAt;

    Message toMessage() {
        return new Message(id, authorId, text, writtenAt);
    }
}
