extension SourceModules {
    /// `contextlib`: generator-based context managers, suppress, closing, nullcontext, stream redirection and
    /// exit stacks, with CPython 3.11's semantics (exception propagation into the generator, the
    /// "generator didn't stop" rules, exception-context fixing in ExitStack).
    static let contextlibSource = #"""
"""Helpers for writing and combining context managers (the objects of `with` statements)."""

import sys

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


def _update_wrapper(wrapper, wrapped):
    # functools.wraps, without importing functools.
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    try:
        wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def _has_methods(C, *names):
    mro = C.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager:
    """Base class for context managers: __enter__ returns self, subclasses implement __exit__."""

    def __enter__(self):
        """Entering the with-block gives the manager itself."""
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        """Leaving the with-block: returning None lets any exception propagate."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager:
    """Base class for async context managers: __aenter__ returns self, subclasses implement __aexit__."""

    async def __aenter__(self):
        """Entering the async with-block gives the manager itself."""
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leaving the async with-block: returning None lets any exception propagate."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    "Mixin letting a context manager decorate a function: each call of the function runs inside it."

    def _recreate_cm(self):
        """Return a recreated instance of self (single-use managers override this)."""
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _update_wrapper(inner, func)


class AsyncContextDecorator(object):
    "Mixin letting an async context manager decorate a coroutine function."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _update_wrapper(inner, func)


class _GeneratorContextManagerBase:
    """What the managers made by @contextmanager and @asynccontextmanager have in common."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    """The context manager @contextmanager makes from a generator."""

    def __enter__(self):
        # The arguments are only needed to recreate the manager, which is no longer possible once entered.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # An exception type without an instance (a with-statement always passes the instance).
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator finished: the exception was suppressed, unless it was the StopIteration itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration raised in the body turns into RuntimeError inside the generator (PEP 479);
            # report the original one.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            # Re-raising the very exception that was thrown in means "not suppressed": let the with-statement
            # re-raise it, rather than raising it again from here.
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The async context manager @asynccontextmanager makes from an async generator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """@contextmanager decorator: turns a generator function yielding once into a context manager factory."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _update_wrapper(helper, func)


def asynccontextmanager(func):
    """@asynccontextmanager decorator: the async-generator counterpart of @contextmanager."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _update_wrapper(helper, func)


class closing(AbstractContextManager):
    """closing(thing): the with-block gives thing and calls thing.close() when it ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """aclosing(thing): the async with-block gives thing and awaits thing.aclose() when it ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A list of old targets, so the same manager can be re-entered.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Replace sys.stdout with another file-like object for the duration of the with-block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Replace sys.stderr with another file-like object for the duration of the with-block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """suppress(*exceptions): an exception of one of these types ends the with-block silently."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # Suppress only the listed types (and their subclasses); anything else propagates.
        return exctype is not None and issubclass(exctype, self._exceptions)


def _exc_details(exc):
    if exc is None:
        return (None, None, None)
    return (type(exc), exc, exc.__traceback__)


def _link_context(new_exc, old_exc, outer):
    # Make the __context__ chain of new_exc (raised by an exit callback) lead to old_exc, the exception that
    # callback was given: walk the chain to old_exc (already linked), its end (nothing to link), or the
    # exception handled outside the stack, whose place old_exc takes.
    exc = new_exc
    while True:
        context = exc.__context__
        if context is None or context is old_exc:
            return
        if context is outer:
            break
        exc = context
    exc.__context__ = old_exc


def _reraise(exc):
    # Raising here would set exc.__context__ to the exception being handled around the stack; keep the
    # chain _link_context built instead.
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _BaseExitStack:
    """The callback bookkeeping ExitStack and AsyncExitStack share."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        return _exit_wrapper

    @staticmethod
    def _create_cb_wrapper(callback, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move every registered callback to a new stack (of the same type), leaving this one empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an __exit__-style callback, or the __exit__ method of an object that has one."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            # No __exit__: exit itself is the callback.
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter `cm`, register its __exit__, and return what __enter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = _enter(cm)
        self._push_cm_exit(cm, _exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register `callback(*args, **kwds)` to run at exit (it cannot suppress exceptions)."""
        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        # The wrapper stands for the callback when unregistering.
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        """Register cm's __exit__ (called with cm as self)."""
        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding a stack of exit callbacks, run in reverse order when the block ends."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        # Exceptions raised by callbacks are chained as nested with-statements would chain them; the chain
        # stops at the exception being handled around this stack, if any.
        outer = sys.exc_info()[1]
        suppressed = False
        pending = None
        details = exc_details
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                result = callback(*details)
            except BaseException as raised:
                _link_context(raised, details[1], outer)
                pending = raised
                details = _exc_details(raised)
            else:
                if result:
                    suppressed = True
                    pending = None
                    details = (None, None, None)
        if pending is not None:
            _reraise(pending)
        return had_exception and suppressed

    def close(self):
        """Run (and remove) every registered callback now, most recent first."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """The async counterpart of ExitStack: callbacks may be coroutine functions and __aexit__ methods."""

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        async def _exit_wrapper(exc_type, exc, tb):
            return await cm_exit(cm, exc_type, exc, tb)
        return _exit_wrapper

    @staticmethod
    def _create_async_cb_wrapper(callback, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enter the async manager `cm`, register its __aexit__, and return what __aenter__ returned."""
        cls = type(cm)
        try:
            _enter = cls.__aenter__
            _exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                           ) from None
        result = await _enter(cm)
        self._push_async_cm_exit(cm, _exit)
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__-style coroutine function, or the __aexit__ of an object that has one."""
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register `await callback(*args, **kwds)` to run at exit (it cannot suppress exceptions)."""
        _exit_wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._push_exit_callback(_exit_wrapper, False)
        return callback

    async def aclose(self):
        """Run (and remove) every registered callback now, most recent first."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        _exit_wrapper = self._create_async_exit_wrapper(cm, cm_exit)
        self._push_exit_callback(_exit_wrapper, False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        pending = None
        details = exc_details
        while self._exit_callbacks:
            is_sync, callback = self._exit_callbacks.pop()
            try:
                result = callback(*details) if is_sync else await callback(*details)
            except BaseException as raised:
                _link_context(raised, details[1], outer)
                pending = raised
                details = _exc_details(raised)
            else:
                if result:
                    suppressed = True
                    pending = None
                    details = (None, None, None)
        if pending is not None:
            _reraise(pending)
        return had_exception and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing: a stand-in where a real manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """chdir(path): make path the working directory for the with-block (the process-wide setting, so not
    thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
"""#
}
