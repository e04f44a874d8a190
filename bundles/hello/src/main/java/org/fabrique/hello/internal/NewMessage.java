package org.fabrique.hello.internal;

import javax.validation.constraints.NotBlank;
import javax.validation.constraints.Size;

public record NewMessage(@NotBlank @Size(max = 500) String text) {
}
