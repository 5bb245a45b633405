# The brief form, its field errors, and the confirmation after sending.

