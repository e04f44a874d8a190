package org.fabrique.hello.internal;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

public record NewMessage(@NotBlank @Size(max = NewMessage.MAX_LENGTH) String text) {

    static final int MAX_LENGTH = 500;
}
