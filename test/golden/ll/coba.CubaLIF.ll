; BrainTS kernel for neuron model CubaLIF (models/coba.ts:76), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): v, t_last, ge, gi.
; Group-uniform parameters (params): taum, taue, taui, Vt, Vr, t_ref, El.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'CubaLIF.cpu'
source_filename = "models/coba.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @CubaLIF_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/coba.ts:82  update(t: number, dt: number) {
  %v.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %v.ptr = load double*, double** %v.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %ge.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %ge.ptr = load double*, double** %ge.slot, align 8, !dbg !7
  %gi.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %gi.ptr = load double*, double** %gi.slot, align 8, !dbg !7
  %taum.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %taum = load double, double* %taum.slot, align 8, !dbg !7
  %taue.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %taue = load double, double* %taue.slot, align 8, !dbg !7
  %taui.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %taui = load double, double* %taui.slot, align 8, !dbg !7
  %Vt.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %Vt = load double, double* %Vt.slot, align 8, !dbg !7
  %Vr.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %Vr = load double, double* %Vr.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  %El.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %El = load double, double* %El.slot, align 8, !dbg !7
  %u0 = fmul double 1.000000e-03, %dt, !dbg !8
  ; models/coba.ts:22  return refractoryOver(t, this.t_last, this.t_ref, dt);
  %u1 = fdiv double 1.000000e+00, %dt, !dbg !9
  %0 = fadd double %t_ref, %u0, !dbg !10
  %1 = fmul double %0, %u1, !dbg !10
  %u2 = call double @llvm.trunc.f64(double %1), !dbg !10
  ; models/coba.ts:84  const em = Math.exp(-dt / this.taum),
  %2 = fneg double %dt, !dbg !11
  %3 = fdiv double %2, %taum, !dbg !12
  %u3 = call double @llvm.exp.f64(double %3), !dbg !12
  ; models/coba.ts:92  ((this.ge * this.taue) / (this.taue - this.taum)) * (ee - em) +
  %u4 = fsub double %taue, %taum, !dbg !13
  ; models/coba.ts:85  ee = Math.exp(-dt / this.taue),
  %4 = fneg double %dt, !dbg !14
  %5 = fdiv double %4, %taue, !dbg !15
  %6 = call double @llvm.exp.f64(double %5), !dbg !15
  %u5 = fsub double %6, %u3, !dbg !15
  ; models/coba.ts:93  ((this.gi * this.taui) / (this.taui - this.taum)) * (ei - em);
  %u6 = fsub double %taui, %taum, !dbg !16
  ; models/coba.ts:86  ei = Math.exp(-dt / this.taui);
  %7 = fneg double %dt, !dbg !17
  %8 = fdiv double %7, %taui, !dbg !18
  %9 = call double @llvm.exp.f64(double %8), !dbg !18
  %u7 = fsub double %9, %u3, !dbg !18
  %10 = icmp slt i64 %begin, %end, !dbg !19
  br i1 %10, label %neuron, label %done, !dbg !19

neuron:                                           ; preds = %t_last.stored, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %t_last.stored ], !dbg !19
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !19
  ; models/coba.ts:22  return refractoryOver(t, this.t_last, this.t_ref, dt);
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !20
  %t_last = load double, double* %t_last.addr, align 8, !dbg !20
  %11 = fsub double %t, %t_last, !dbg !20
  %12 = fadd double %11, %u0, !dbg !9
  %13 = fmul double %12, %u1, !dbg !9
  %14 = call double @llvm.trunc.f64(double %13), !dbg !9
  %15 = fcmp oge double %14, %u2, !dbg !9
  ; models/coba.ts:91  (this.v - this.El) * em +
  %v.addr = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !21
  %v = load double, double* %v.addr, align 8, !dbg !21
  %16 = fsub double %v, %El, !dbg !22
  ; models/coba.ts:84  const em = Math.exp(-dt / this.taum),
  %17 = fmul double %16, %u3, !dbg !23
  %18 = fadd double %El, %17, !dbg !23
  ; models/coba.ts:92  ((this.ge * this.taue) / (this.taue - this.taum)) * (ee - em) +
  %ge.addr = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !24
  %ge = load double, double* %ge.addr, align 8, !dbg !24
  %19 = fmul double %ge, %taue, !dbg !25
  %20 = fdiv double %19, %u4, !dbg !26
  %21 = fmul double %20, %u5, !dbg !27
  %22 = fadd double %18, %21, !dbg !27
  ; models/coba.ts:93  ((this.gi * this.taui) / (this.taui - this.taum)) * (ei - em);
  %gi.addr = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !28
  %gi = load double, double* %gi.addr, align 8, !dbg !28
  %23 = fmul double %gi, %taui, !dbg !29
  %24 = fdiv double %23, %u6, !dbg !30
  %25 = fmul double %24, %u7, !dbg !31
  %26 = fadd double %22, %25, !dbg !31
  ; models/coba.ts:15  @state v = -60; // mV
  %27 = select i1 %15, double %26, double %v, !dbg !32
  ; models/coba.ts:27  if (active && this.v > this.Vt) {
  %28 = fcmp ogt double %27, %Vt, !dbg !33
  %29 = and i1 %15, %28, !dbg !33
  ; models/coba.ts:28  this.v = this.Vr;
  %v.next = select i1 %29, double %Vr, double %27, !dbg !34
  ; models/coba.ts:85  ee = Math.exp(-dt / this.taue),
  %ge.next = fmul double %ge, %6, !dbg !35
  ; models/coba.ts:86  ei = Math.exp(-dt / this.taui);
  %gi.next = fmul double %gi, %9, !dbg !19
  ; models/coba.ts:18  @state t_last = -1e9; // ms, time of the last spike
  %t_last.next = select i1 %29, double %t, double %t_last, !dbg !36
  ; models/coba.ts:28  this.v = this.Vr;
  %v.addr1 = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !37
  store double %v.next, double* %v.addr1, align 8, !dbg !37
  %30 = fsub double %v.next, %v.next, !dbg !37
  %31 = bitcast double %30 to i64, !dbg !37
  %v.bad = or i64 0, %31, !dbg !37
  ; models/coba.ts:95  this.ge *= ee;
  %ge.addr2 = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !38
  store double %ge.next, double* %ge.addr2, align 8, !dbg !38
  %32 = fsub double %ge.next, %ge.next, !dbg !38
  %33 = bitcast double %32 to i64, !dbg !38
  %ge.bad = or i64 %v.bad, %33, !dbg !38
  ; models/coba.ts:96  this.gi *= ei;
  %gi.addr3 = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !39
  store double %gi.next, double* %gi.addr3, align 8, !dbg !39
  %34 = fsub double %gi.next, %gi.next, !dbg !39
  %35 = bitcast double %34 to i64, !dbg !39
  %gi.bad = or i64 %ge.bad, %35, !dbg !39
  ; models/coba.ts:29  this.t_last = t;
  br i1 %29, label %t_last.store, label %t_last.stored, !dbg !40

done:                                             ; preds = %t_last.stored, %entry
  ; models/coba.ts:82  update(t: number, dt: number) {
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %t_last.stored ], !dbg !7
  %36 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %36 to i32, !dbg !7
  ret i32 %result, !dbg !7

t_last.store:                                     ; preds = %neuron
  ; models/coba.ts:29  this.t_last = t;
  %t_last.addr4 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !40
  store double %t_last.next, double* %t_last.addr4, align 8, !dbg !40
  br label %t_last.stored, !dbg !40

t_last.stored:                                    ; preds = %t_last.store, %neuron
  %37 = fsub double %t_last.next, %t_last.next, !dbg !40
  %38 = bitcast double %37 to i64, !dbg !40
  %t_last.bad = or i64 %gi.bad, %38, !dbg !40
  ; models/coba.ts:82  update(t: number, dt: number) {
  %spiked.byte = zext i1 %29 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %t_last.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %39 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %39, label %neuron, label %done, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "coba.ts", directory: "models")
!4 = distinct !DISubprogram(name: "CubaLIF.update", linkageName: "CubaLIF_update", scope: !3, file: !3, line: 82, type: !5, scopeLine: 82, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 82, column: 3, scope: !4)
!8 = !DILocation(line: 82, column: 21, scope: !4)
!9 = !DILocation(line: 22, column: 12, scope: !4)
!10 = !DILocation(line: 22, column: 43, scope: !4)
!11 = !DILocation(line: 84, column: 25, scope: !4)
!12 = !DILocation(line: 84, column: 31, scope: !4)
!13 = !DILocation(line: 92, column: 47, scope: !4)
!14 = !DILocation(line: 85, column: 21, scope: !4)
!15 = !DILocation(line: 85, column: 27, scope: !4)
!16 = !DILocation(line: 93, column: 47, scope: !4)
!17 = !DILocation(line: 86, column: 21, scope: !4)
!18 = !DILocation(line: 86, column: 27, scope: !4)
!19 = !DILocation(line: 86, column: 12, scope: !4)
!20 = !DILocation(line: 22, column: 30, scope: !4)
!21 = !DILocation(line: 91, column: 10, scope: !4)
!22 = !DILocation(line: 91, column: 19, scope: !4)
!23 = !DILocation(line: 84, column: 16, scope: !4)
!24 = !DILocation(line: 92, column: 11, scope: !4)
!25 = !DILocation(line: 92, column: 21, scope: !4)
!26 = !DILocation(line: 92, column: 35, scope: !4)
!27 = !DILocation(line: 92, column: 62, scope: !4)
!28 = !DILocation(line: 93, column: 11, scope: !4)
!29 = !DILocation(line: 93, column: 21, scope: !4)
!30 = !DILocation(line: 93, column: 35, scope: !4)
!31 = !DILocation(line: 93, column: 62, scope: !4)
!32 = !DILocation(line: 15, column: 3, scope: !4)
!33 = !DILocation(line: 27, column: 28, scope: !4)
!34 = !DILocation(line: 28, column: 16, scope: !4)
!35 = !DILocation(line: 85, column: 12, scope: !4)
!36 = !DILocation(line: 18, column: 3, scope: !4)
!37 = !DILocation(line: 28, column: 7, scope: !4)
!38 = !DILocation(line: 95, column: 5, scope: !4)
!39 = !DILocation(line: 96, column: 5, scope: !4)
!40 = !DILocation(line: 29, column: 7, scope: !4)
; braints-hash: 907de0810455e832895b8638856c420b571418e131c4657e21588524a133b2ea
